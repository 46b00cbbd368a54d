/**
 * /review/items.json: every question that can be in a learner's review queue (module quiz
 * questions, assessment questions, generated exercises), fetched by /review/ when it opens.
 */
import type { APIRoute } from 'astro';
import { getReviewBank } from '../../utils/quizzes';

export const GET: APIRoute = async () => new Response(JSON.stringify(await getReviewBank()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
