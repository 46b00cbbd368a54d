/**
 * What the simulator's 导出模型 / 导入模型 controls load on first use (a separate chunk, so the
 * page's JavaScript before interaction does not grow): the SQL, the model file and its reader,
 * and the model card.
 */
export { exportSql, DEFAULT_SQL_TABLE } from './export-sql';
export { readModelFile, writeModelFile } from './model-file';
export { modelCard } from './model-card';
