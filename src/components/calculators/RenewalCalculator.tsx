import { renewal } from '../../lib/calculators/renewal';
import CalculatorShell, { type EmbedProps } from '../calculator/CalculatorShell';
import ChartFigure from '../calculator/ChartFigure';

export default (props: EmbedProps) => <CalculatorShell spec={renewal} Chart={ChartFigure} {...props} />;
