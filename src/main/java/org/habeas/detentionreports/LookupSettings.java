package org.habeas.detentionreports;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The public lookup's limits, {@code habeas.lookup.*}: what it discloses is profile data (the
 * jurisdiction's {@code settings.lookup}), how often it may be asked is the deployment's.
 *
 * @param perAddress enquiries one client address (an IPv6 client's /64) may make per window
 * @param perNetwork enquiries the addresses of one network block (IPv4 /24, IPv6 /48) may make
 *     together per window
 * @param everyone enquiries all clients together may make per window: a ceiling against a botnet
 *     walking through names and birthdays, set well above what families ask (Mexico's registry had
 *     about 4,000 queries in its first week)
 * @param window the limits' window
 * @param clientKey the key of the client address's keyed hash (32 bytes or more, Base64); empty: a
 *     key made at start and kept only in memory, so hashes link the enquiries of one address within
 *     one run and no longer
 */
@ConfigurationProperties("habeas.lookup")
public record LookupSettings(
    @DefaultValue("20") int perAddress,
    @DefaultValue("100") int perNetwork,
    @DefaultValue("2000") int everyone,
    @DefaultValue("PT1H") Duration window,
    @DefaultValue("") String clientKey) {}
