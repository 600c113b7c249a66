package org.habeas.complaints;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A complaint as other parts of the application refer to it: no personal data.
 *
 * @param id the complaint's id
 * @param reference its public reference number
 * @param status its status now ({@link ComplaintStatus} name)
 * @param facilityCode the facility it concerns, if one was named
 * @param custodyRecordId the custody record it is linked to, if any
 */
public record ComplaintRef(
    UUID id,
    String reference,
    String status,
    @Nullable String facilityCode,
    @Nullable String custodyRecordId) {}
