import { interventionRoi } from '../../lib/calculators/intervention-roi';
import CalculatorShell, { type EmbedProps } from '../calculator/CalculatorShell';

export default (props: EmbedProps) => <CalculatorShell spec={interventionRoi} {...props} />;
