import { churn } from '../../lib/calculators/churn';
import CalculatorShell, { type EmbedProps } from '../calculator/CalculatorShell';

export default (props: EmbedProps) => <CalculatorShell spec={churn} {...props} />;
