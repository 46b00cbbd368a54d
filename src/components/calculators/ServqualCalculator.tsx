import { servqual } from '../../lib/calculators/servqual';
import CalculatorShell, { type EmbedProps } from '../calculator/CalculatorShell';
import ChartFigure from '../calculator/ChartFigure';

export default (props: EmbedProps) => <CalculatorShell spec={servqual} Chart={ChartFigure} {...props} />;
