package io.dealgraph.config;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * {@code replicas} under {@code /actuator/health}: UP while queries can be served, that is while the
 * primary or at least one replica in rotation answers; the details show every replica's state.
 */
final class ReplicasHealthIndicator implements HealthIndicator {

	private final ReplicaSet replicas;

	ReplicasHealthIndicator(ReplicaSet replicas) {
		this.replicas = replicas;
	}

	@Override
	public Health health() {
		Boolean primaryAnswers = this.replicas.primaryAnswers();
		long inRotation = this.replicas.replicas().stream().filter(ReplicaSet.Replica::inRotation).count();
		Health.Builder health;
		if (inRotation > 0 || Boolean.TRUE.equals(primaryAnswers)) {
			health = Health.up();
		}
		else {
			health = primaryAnswers == null ? Health.unknown() : Health.down();
		}
		Map<String, Object> replicas = new LinkedHashMap<>();
		this.replicas.replicas().forEach(replica -> replicas.put(replica.name(), replica.details()));
		return health.withDetail("servedBy", inRotation > 0 ? inRotation + " of " + replicas.size() + " replicas" : "primary")
			.withDetail("primary", this.replicas.primaryState())
			.withDetail("maxLag", this.replicas.maxLag().toString())
			.withDetail("replicas", replicas)
			.build();
	}

}
