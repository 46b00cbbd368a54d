import { replacementCost } from '../../lib/calculators/replacement-cost';
import CalculatorShell, { type EmbedProps } from '../calculator/CalculatorShell';

export default (props: EmbedProps) => <CalculatorShell spec={replacementCost} {...props} />;
