import { signalScore } from '../../lib/calculators/signal-score';
import CalculatorShell, { type EmbedProps } from '../calculator/CalculatorShell';

export default (props: EmbedProps) => <CalculatorShell spec={signalScore} {...props} />;
