/**
 * Everything src/lib computes about retention, in one import. Each concept lives in its own
 * file with its formula and source; rates are fractions (0.05 = 5 %) throughout.
 */
export * from './calendar';
export * from './retention';
export * from './churn';
export * from './period';
export * from './cohort';
export * from './nps';
export * from './csat';
export * from './clv';
export * from './replacement-cost';
export * from './churn-cost';
export * from './pay-gap';
export * from './renewal';
export * from './loyalty-roi';
export * from './intervention-roi';
export * from './signals';
export * from './signal-score';
export * from './pareto';
export * from './servqual';
