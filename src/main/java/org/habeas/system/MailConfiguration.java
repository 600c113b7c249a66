package org.habeas.system;

import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * The mail sender, decided when Habeas starts rather than when it is built. Spring Boot's own mail
 * auto-configuration creates its sender only if {@code spring.mail.host} is set, and Spring AOT
 * evaluates that condition once, at build time: an AOT-processed jar built without a host would
 * never send mail, whatever SPRING_MAIL_HOST says in production. So the bean always exists here
 * (which also switches Boot's condition off) and is {@code null} without a host: the alerts, the
 * sign-in audit and the reminders ask {@code ObjectProvider.getIfAvailable()}, which answers {@code
 * null} for it, and say in their logs that no mail server is configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfiguration {

  /** The sender for {@code spring.mail.*}, as Boot would build it; none without a host. */
  @Bean
  @Nullable JavaMailSender mailSender(MailProperties mail, ObjectProvider<SslBundles> bundles) {
    return sender(mail, bundles.getIfAvailable());
  }

  /** Boot's {@code MailSenderPropertiesConfiguration}, which is not public, for this bean. */
  static @Nullable JavaMailSenderImpl sender(MailProperties mail, @Nullable SslBundles bundles) {
    if (!StringUtils.hasText(mail.getHost())) {
      return null;
    }
    var sender = new JavaMailSenderImpl();
    sender.setHost(mail.getHost());
    if (mail.getPort() != null) {
      sender.setPort(mail.getPort());
    }
    sender.setUsername(mail.getUsername());
    sender.setPassword(mail.getPassword());
    sender.setProtocol(mail.getProtocol());
    if (mail.getDefaultEncoding() != null) {
      sender.setDefaultEncoding(mail.getDefaultEncoding().name());
    }
    var properties = new Properties();
    properties.putAll(mail.getProperties());
    var protocol = StringUtils.hasLength(mail.getProtocol()) ? mail.getProtocol() : "smtp";
    var ssl = mail.getSsl();
    if (ssl.isEnabled()) {
      properties.setProperty("mail." + protocol + ".ssl.enable", "true");
    }
    if (ssl.isEnabled() || StringUtils.hasLength(ssl.getBundle())) {
      if (ssl.isVerifyHostname()) {
        properties.setProperty("mail." + protocol + ".ssl.checkserveridentity", "true");
      }
    }
    if (StringUtils.hasLength(ssl.getBundle())) {
      if (bundles == null) {
        throw new IllegalStateException("spring.mail.ssl.bundle is set but no SSL bundles exist");
      }
      properties.put(
          "mail." + protocol + ".ssl.socketFactory",
          bundles.getBundle(ssl.getBundle()).createSslContext().getSocketFactory());
    }
    if (!properties.isEmpty()) {
      sender.setJavaMailProperties(properties);
    }
    return sender;
  }
}
