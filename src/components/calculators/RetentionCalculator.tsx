import { retention } from '../../lib/calculators/retention';
import CalculatorShell, { type EmbedProps } from '../calculator/CalculatorShell';

export default (props: EmbedProps) => <CalculatorShell spec={retention} {...props} />;
