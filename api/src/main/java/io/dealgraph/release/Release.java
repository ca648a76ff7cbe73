package io.dealgraph.release;

import java.time.Instant;
import java.util.Date;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;
import org.hibernate.type.SqlTypes;

/**
 * One seed load that changed the ledger: Envers' revision entity, so every version of every row
 * names the release that wrote it ({@code rev}) and the one that replaced it ({@code revend}).
 * A load that changes nothing writes no version, so Envers makes no release.
 */
@Entity
@Table(name = "release")
@RevisionEntity(ReleaseListener.class)
public class Release {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@RevisionNumber
	private long number;

	/** A Date: Envers' validity strategy copies it to {@code revend_tstmp} and knows Date and long only. */
	@RevisionTimestamp
	@Column(columnDefinition = "timestamptz")
	private Date loadedAt;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 64)
	private String checksum;

	private int fileCount;

	public long getNumber() {
		return this.number;
	}

	public Instant getLoadedAt() {
		return this.loadedAt.toInstant();
	}

	public String getChecksum() {
		return this.checksum;
	}

	public int getFileCount() {
		return this.fileCount;
	}

	void describe(String checksum, int fileCount) {
		this.checksum = checksum;
		this.fileCount = fileCount;
	}

}
