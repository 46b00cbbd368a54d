/**
 * Everything a module's MDX may use, from one place (like Starlight's components.ts):
 *   import { Callout, Example, Case, Term } from '../../components';
 */
export { default as Callout } from './content/Callout.astro';
export { default as Example } from './content/Example.astro';
export { default as Case } from './content/Case.astro';
export { default as Term } from './content/Term.astro';
export { default as Calculator } from './calculator/Calculator.astro';
export { default as Quiz } from './quiz/Quiz.astro';
/** The churn risk-tiering simulator island; in MDX: <Simulator client:visible compact sample="customers" />. */
export { default as Simulator } from './simulator/SimulatorIsland';
/** Trainer authoring (decision 8): slide blocks per H2 section, and notes only the presenter sees. */
export { default as Slide } from './present/Slide.astro';
export { default as SpeakerNote } from './present/SpeakerNote.astro';
/** A course figure drawn at build time (inline SVG, no JS): <Figure id="loyalty-pyramid" />; ids in src/lib/figures/catalog.ts. */
export { default as Figure } from './figures/Figure.astro';
