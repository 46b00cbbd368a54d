import { csat } from '../../lib/calculators/csat';
import CalculatorShell, { type EmbedProps } from '../calculator/CalculatorShell';

export default (props: EmbedProps) => <CalculatorShell spec={csat} {...props} />;
