import { nps } from '../../lib/calculators/nps';
import CalculatorShell, { type EmbedProps } from '../calculator/CalculatorShell';

export default (props: EmbedProps) => <CalculatorShell spec={nps} {...props} />;
