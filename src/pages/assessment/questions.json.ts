/**
 * /assessment/questions.json: the final assessment's bank (assessment-only questions and
 * generated-exercise templates), fetched by /assessment/ when an attempt starts or resumes, so
 * the page's HTML stays small and holds no answers.
 */
import type { APIRoute } from 'astro';
import { getAssessmentBank } from '../../utils/quizzes';

export const GET: APIRoute = async () => new Response(JSON.stringify(await getAssessmentBank()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
