export type { RecordedRequest, Reply, TestServer } from '../server/index.ts';
export { type ClockOption, EmulatorClock } from './clock.ts';
export type { EmulatorControls, SeedOptions } from './controls.ts';
export type { Failure, FaultControls, FaultScope, SlowOptions } from './faults.ts';
