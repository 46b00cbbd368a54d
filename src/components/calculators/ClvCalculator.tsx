import { clv } from '../../lib/calculators/clv';
import CalculatorShell, { type EmbedProps } from '../calculator/CalculatorShell';
import ChartFigure from '../calculator/ChartFigure';

export default (props: EmbedProps) => <CalculatorShell spec={clv} Chart={ChartFigure} {...props} />;
