import { period } from '../../lib/calculators/period';
import CalculatorShell, { type EmbedProps } from '../calculator/CalculatorShell';

export default (props: EmbedProps) => <CalculatorShell spec={period} {...props} />;
