import { servqual } from '../../lib/calculators/servqual';
import CalculatorShell, { type EmbedProps } from '../calculator/CalculatorShell';

export default (props: EmbedProps) => <CalculatorShell spec={servqual} {...props} />;
