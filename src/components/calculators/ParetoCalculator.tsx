import { pareto } from '../../lib/calculators/pareto';
import CalculatorShell, { type EmbedProps } from '../calculator/CalculatorShell';
import ChartFigure from '../calculator/ChartFigure';

export default (props: EmbedProps) => <CalculatorShell spec={pareto} Chart={ChartFigure} {...props} />;
