import { csat } from '../../lib/calculators/csat';
import CalculatorShell, { type EmbedProps } from '../calculator/CalculatorShell';
import ChartFigure from '../calculator/ChartFigure';

export default (props: EmbedProps) => <CalculatorShell spec={csat} Chart={ChartFigure} {...props} />;
