/** How long things take in human time (ms); the simulator divides by `speed`. */
export const T = {
  launch: 2_000, // wait_for_launch
  powerUp: 8_000, // powering_up → up
  powerDown: 6_000,
  reboot: 5_000,
  reset: 3_000,
  saveState: 5_000,
  restoreState: 5_000,
  migrate: 10_000,
  hostInstall: 10_000,
  hostInitialize: 3_000,
  hostActivate: 4_000,
  hostMaintenanceCheck: 2_000,
  hostReboot: 8_000,
  sdAttach: 3_000,
  sdActivate: 3_000,
  sdDeactivate: 4_000,
  diskCreate: 3_000,
  diskCopy: 6_000,
  imageClone: 5_000,
  templateCreate: 6_000,
  snapshotCreate: 4_000,
  snapshotRestore: 3_000,
  haRestart: 5_000,
  hostRecover: 60_000,
  vmNotResponding: 20_000,
} as const;
