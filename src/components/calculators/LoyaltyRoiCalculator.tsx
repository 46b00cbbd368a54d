import { loyaltyRoi } from '../../lib/calculators/loyalty-roi';
import CalculatorShell, { type EmbedProps } from '../calculator/CalculatorShell';

export default (props: EmbedProps) => <CalculatorShell spec={loyaltyRoi} {...props} />;
