import { clv } from '../../lib/calculators/clv';
import CalculatorShell, { type EmbedProps } from '../calculator/CalculatorShell';

export default (props: EmbedProps) => <CalculatorShell spec={clv} {...props} />;
