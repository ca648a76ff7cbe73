package io.dealgraph.config;

import java.util.Map;

import javax.sql.DataSource;

import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;
import org.springframework.orm.jpa.vendor.HibernateJpaVendorAdapter;

/**
 * The write side: JPA over the owner's pool (the API's own pool can only read), with Envers
 * keeping every version of every ledger row. Flyway alone writes DDL; Hibernate validates the
 * entities and their {@code _aud} tables against it at start-up.
 */
@Configuration(proxyBeanMethods = false)
public class LedgerJpaConfig {

	/** Envers' validity strategy, with its columns named as db/V12 names them. */
	static final Map<String, Object> PROPERTIES = Map.ofEntries(
			Map.entry("hibernate.hbm2ddl.auto", "validate"),
			Map.entry("hibernate.physical_naming_strategy", CamelCaseToUnderscoresNamingStrategy.class.getName()),
			Map.entry("hibernate.jdbc.time_zone", "UTC"),
			Map.entry("hibernate.jdbc.batch_size", "50"),
			Map.entry("org.hibernate.envers.audit_strategy", "org.hibernate.envers.strategy.internal.ValidityAuditStrategy"),
			Map.entry("org.hibernate.envers.audit_strategy_validity_store_revend_timestamp", "true"),
			Map.entry("org.hibernate.envers.audit_table_suffix", "_aud"),
			Map.entry("org.hibernate.envers.revision_field_name", "rev"),
			Map.entry("org.hibernate.envers.revision_type_field_name", "revtype"),
			Map.entry("org.hibernate.envers.audit_strategy_validity_end_rev_field_name", "revend"),
			Map.entry("org.hibernate.envers.audit_strategy_validity_revend_timestamp_field_name", "revend_tstmp"),
			Map.entry("org.hibernate.envers.revision_on_collection_change", "true"));

	@Bean
	LocalContainerEntityManagerFactoryBean entityManagerFactory(@Qualifier("ownerDataSource") DataSource owner) {
		return entityManagerFactory(owner, "ledger");
	}

	/** The write side's factory over a DataSource (the owner's pool; tests give it one that fails on cue). */
	public static LocalContainerEntityManagerFactoryBean entityManagerFactory(DataSource owner, String name) {
		LocalContainerEntityManagerFactoryBean factory = new LocalContainerEntityManagerFactoryBean();
		factory.setPersistenceUnitName(name);
		factory.setDataSource(owner);
		factory.setPackagesToScan("io.dealgraph");
		factory.setJpaVendorAdapter(new HibernateJpaVendorAdapter());
		factory.setJpaPropertyMap(PROPERTIES);
		return factory;
	}

}
