import { cohort } from '../../lib/calculators/cohort';
import CalculatorShell, { type EmbedProps } from '../calculator/CalculatorShell';
import ChartFigure from '../calculator/ChartFigure';

export default (props: EmbedProps) => <CalculatorShell spec={cohort} Chart={ChartFigure} {...props} />;
