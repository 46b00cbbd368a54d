import { churnCost } from '../../lib/calculators/churn-cost';
import CalculatorShell, { type EmbedProps } from '../calculator/CalculatorShell';

export default (props: EmbedProps) => <CalculatorShell spec={churnCost} {...props} />;
