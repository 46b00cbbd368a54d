import { renewal } from '../../lib/calculators/renewal';
import CalculatorShell, { type EmbedProps } from '../calculator/CalculatorShell';

export default (props: EmbedProps) => <CalculatorShell spec={renewal} {...props} />;
