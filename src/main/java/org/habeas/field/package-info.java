/**
 * Field registration by the arresting officer: the apprehension captured on the officer's phone at
 * the moment liberty is taken, before the person reaches any station, so the first hours are on the
 * record as they happened rather than as told later. A phone enrols a per-device ECDSA P-256 key
 * (bound to the signed-in officer and their facility) that an administrator approves; the phone
 * signs each capture with it, keeps it while offline and sends it when the network returns. The
 * server verifies the signature (the device key is the authentication), keeps the signed capture
 * time, its own receipt time and the gap, seals the person under the registration's own ledger key
 * and commits every step to the ledger. The custody officer of the destination facility opens the
 * custody record from the registration (its first event is the capture's apprehension); a
 * registration that no record follows within the profile's registration limit raises an urgent
 * alert to the region's prosecutors and the monitors. This module depends on custody, safeguards,
 * the ledger and system; none of them knows it.
 */
@ApplicationModule(
    allowedDependencies = {"system", "system :: problems", "custody", "ledger", "safeguards"})
@NullMarked
package org.habeas.field;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
