import { payGap } from '../../lib/calculators/pay-gap';
import CalculatorShell, { type EmbedProps } from '../calculator/CalculatorShell';

export default (props: EmbedProps) => <CalculatorShell spec={payGap} {...props} />;
