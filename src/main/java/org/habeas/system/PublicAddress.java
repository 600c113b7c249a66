package org.habeas.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where people reach this Habeas: {@code habeas.base-url} ({@code HABEAS_BASE_URL}), the start of
 * every link Habeas writes where no request gives it one (e-mails, printed certificates, the
 * ledger's log and witness names, the start-up banner).
 */
@ConfigurationProperties("habeas")
public record PublicAddress(@DefaultValue("http://localhost:8080") String baseUrl) {}
