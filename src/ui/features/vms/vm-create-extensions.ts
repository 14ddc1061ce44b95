// What VM provisioning adds to the generic pages (see ../resources/extension-types.ts): the
// new-VM wizard and the dialogs that add a NIC, a disk or a CD to a VM. Components are lazy so
// they load with their page.
import type { Extensions } from '../resources/extension-types.ts';

export const vmCreateExtensions: Extensions = {};
