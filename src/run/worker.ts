// Worker thread entry: one job in, one outcome out.
import { processJob, type Job, type Outcome } from './process.js';

export default function run(job: Job): Promise<Outcome> {
  return processJob(job);
}
