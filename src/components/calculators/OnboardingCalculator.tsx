import { onboarding } from '../../lib/calculators/onboarding';
import CalculatorShell, { type EmbedProps } from '../calculator/CalculatorShell';

export default (props: EmbedProps) => <CalculatorShell spec={onboarding} {...props} />;
