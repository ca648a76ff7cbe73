package io.dealgraph.release;

import java.time.OffsetDateTime;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Each new release as it is announced to subscribers: read once when this instance learns of it
 * ({@link Releases}), then handed to every open {@code releaseLoaded} subscription. A subscriber
 * too slow to take a release misses it rather than holding the others up.
 */
@Component
public class ReleaseFeed {

	private static final Logger log = LoggerFactory.getLogger(ReleaseFeed.class);

	/** A release, with the fields of the schema's {@code Release} type. */
	public record Loaded(long number, OffsetDateTime loadedAt, String checksum, int fileCount, int added, int changed,
			int removed, List<Count> counts) {
	}

	/** A release's count of one kind of fact ({@code ReleaseCount}). */
	public record Count(String typeName, int added, int changed, int removed) {
	}

	private final JdbcTemplate owner;

	private final Sinks.Many<Loaded> sink = Sinks.many().multicast().directBestEffort();

	ReleaseFeed(@Qualifier("ownerDataSource") HikariDataSource owner, Releases releases) {
		this.owner = new JdbcTemplate(owner);
		releases.onNewRelease(release -> announce(release.number()));
	}

	/** The releases announced from now on. */
	public Flux<Loaded> releases() {
		return this.sink.asFlux();
	}

	/** A release as the API shows it, read as the owner. */
	public Loaded read(long number) {
		List<Count> counts = this.owner.query(
				"select type_name, added, changed, removed from release_count where release = ? order by type_name collate \"C\"",
				(rs, i) -> new Count(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)), number);
		return this.owner.queryForObject("select number, loaded_at, checksum, file_count from release where number = ?",
				(rs, i) -> new Loaded(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).withOffsetSameInstant(java.time.ZoneOffset.UTC)
						.truncatedTo(java.time.temporal.ChronoUnit.MILLIS), rs.getString(3), rs.getInt(4),
						counts.stream().mapToInt(Count::added).sum(), counts.stream().mapToInt(Count::changed).sum(),
						counts.stream().mapToInt(Count::removed).sum(), counts),
				number);
	}

	private void announce(long number) {
		if (this.sink.currentSubscriberCount() == 0) {
			return;
		}
		try {
			this.sink.tryEmitNext(read(number));
		}
		catch (RuntimeException ex) {
			log.warn("Release {} could not be announced to subscribers: {}", number, ex.getMessage());
		}
	}

}
