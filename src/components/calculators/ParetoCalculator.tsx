import { pareto } from '../../lib/calculators/pareto';
import CalculatorShell, { type EmbedProps } from '../calculator/CalculatorShell';

export default (props: EmbedProps) => <CalculatorShell spec={pareto} {...props} />;
