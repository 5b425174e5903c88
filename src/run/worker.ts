// Worker thread entry: a batch of jobs in, their outcomes out, in the same order.
import { processJobs, type Job, type Outcome } from './process.js';

export default function run(jobs: Job[]): Promise<Outcome[]> {
  return processJobs(jobs);
}
