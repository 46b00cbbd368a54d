import { cohort } from '../../lib/calculators/cohort';
import CalculatorShell, { type EmbedProps } from '../calculator/CalculatorShell';

export default (props: EmbedProps) => <CalculatorShell spec={cohort} {...props} />;
