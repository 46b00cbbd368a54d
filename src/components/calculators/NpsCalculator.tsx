import { nps } from '../../lib/calculators/nps';
import CalculatorShell, { type EmbedProps } from '../calculator/CalculatorShell';
import ChartFigure from '../calculator/ChartFigure';

export default (props: EmbedProps) => <CalculatorShell spec={nps} Chart={ChartFigure} {...props} />;
