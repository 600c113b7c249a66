package org.habeas.complaints;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The complaints' settings, {@code habeas.complaints.*} (application.properties, "Complaints").
 *
 * <p>The deadlines are configuration, not law: the defaults are working targets of a commission's
 * complaint office (register in 3 days, examine in 30, the prosecutor's decision in 10, as the
 * Kazakh Code of Criminal Procedure's pre-investigation check is counted), to be set by each
 * deployment from its own statute.
 *
 * @param deadlines how long a complaint may stay in each status (received, registered,
 *     under-examination, referred-to-prosecutor, investigation-opened)
 * @param deadlineWarning how long before its deadline a complaint counts as nearing it
 * @param duplicateWindow complaints about the same person and facility this close in time are
 *     flagged as possible duplicates
 * @param perAddress complaints one client address (an IPv6 client's /64) may lodge per window:
 *     generous, as many people share one address on mobile networks
 * @param perNetwork complaints the addresses of one network block (IPv4 /24, IPv6 /48) may lodge
 *     together per window: larger than {@code perAddress}, so that neighbours behind one provider
 *     share it fairly, and never one bucket for everyone, so that no flood shuts the door to all
 * @param statusPerAddress status look-ups one client address may make per window
 * @param statusPerNetwork status look-ups one network block may make per window
 * @param window the rate limits' window
 * @param attachmentMaxBytes the largest attachment
 * @param attachmentMaxCount the most attachments with one complaint
 */
@ConfigurationProperties("habeas.complaints")
public record ComplaintSettings(
    @DefaultValue Limits deadlines,
    @DefaultValue("P1D") Duration deadlineWarning,
    @DefaultValue("P7D") Duration duplicateWindow,
    @DefaultValue("30") int perAddress,
    @DefaultValue("200") int perNetwork,
    @DefaultValue("120") int statusPerAddress,
    @DefaultValue("600") int statusPerNetwork,
    @DefaultValue("PT1H") Duration window,
    @DefaultValue("5242880") long attachmentMaxBytes,
    @DefaultValue("3") int attachmentMaxCount) {

  /**
   * The deadline per status.
   *
   * @param stillHeldReceived the first deadline of a complaint from a person still held when its
   *     jurisdiction's profile sets none ({@code settings.complaints.stillHeldFirstResponse}) or it
   *     names no facility
   */
  public record Limits(
      @DefaultValue("P3D") Duration received,
      @DefaultValue("P3D") Duration registered,
      @DefaultValue("P30D") Duration underExamination,
      @DefaultValue("P10D") Duration referredToProsecutor,
      @DefaultValue("P60D") Duration investigationOpened,
      @DefaultValue("PT24H") Duration stillHeldReceived) {}

  /** The deadlines as the pure {@link Deadlines} use them. */
  public Deadlines deadlineRules() {
    Map<ComplaintStatus, Duration> m = new EnumMap<>(ComplaintStatus.class);
    m.put(ComplaintStatus.RECEIVED, deadlines.received());
    m.put(ComplaintStatus.REGISTERED, deadlines.registered());
    m.put(ComplaintStatus.UNDER_EXAMINATION, deadlines.underExamination());
    m.put(ComplaintStatus.REFERRED_TO_PROSECUTOR, deadlines.referredToProsecutor());
    m.put(ComplaintStatus.INVESTIGATION_OPENED, deadlines.investigationOpened());
    return new Deadlines(m, deadlineWarning, deadlines.stillHeldReceived());
  }
}
