package io.dealgraph.source;

import java.time.LocalTime;
import java.time.OffsetDateTime;

import io.dealgraph.fact.FuzzyDate;
import io.dealgraph.fact.SluggedRow;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

/**
 * An article the ledger cites: its text is what every excerpt is checked against. The write side's
 * row of {@code source}: the seed loader sets it, Hibernate writes what changed and Envers keeps
 * every version in {@code source_aud}; reads go through the compiler.
 */
@Entity
@Table(name = "source")
@Audited
public class Source extends SluggedRow {

	private String fileName;

	private String title;

	private String publisher;

	private String author;

	private String authorNote;

	@Embedded
	@AttributeOverrides({
			@AttributeOverride(name = "earliest", column = @Column(name = "published_earliest")),
			@AttributeOverride(name = "latest", column = @Column(name = "published_latest")),
			@AttributeOverride(name = "precision", column = @Column(name = "published_precision", columnDefinition = "date_precision")),
			@AttributeOverride(name = "text", column = @Column(name = "published_text")) })
	private FuzzyDate published;

	@Column(columnDefinition = "timestamptz")
	private OffsetDateTime publishedAt;

	private LocalTime publishedLocalTime;

	private String url;

	@Enumerated(EnumType.STRING)
	private SourceKind kind;

	private String kindNote;

	private OffsetDateTime retrievedAt;

	public SourceKind getKind() {
		return this.kind;
	}

	public void setKind(SourceKind kind) {
		this.kind = kind;
	}

	public String getKindNote() {
		return this.kindNote;
	}

	public void setKindNote(String kindNote) {
		this.kindNote = kindNote;
	}

	public OffsetDateTime getRetrievedAt() {
		return this.retrievedAt;
	}

	public void setRetrievedAt(OffsetDateTime retrievedAt) {
		this.retrievedAt = retrievedAt;
	}

	private String content;

	@JdbcTypeCode(SqlTypes.CHAR)
	@Column(length = 64)
	private String contentSha256;

	public String getFileName() {
		return this.fileName;
	}

	public void setFileName(String fileName) {
		this.fileName = fileName;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public void setPublisher(String publisher) {
		this.publisher = publisher;
	}

	public String getAuthor() {
		return this.author;
	}

	public void setAuthor(String author) {
		this.author = author;
	}

	public String getAuthorNote() {
		return this.authorNote;
	}

	public void setAuthorNote(String authorNote) {
		this.authorNote = authorNote;
	}

	public FuzzyDate getPublished() {
		return this.published;
	}

	public void setPublished(FuzzyDate published) {
		this.published = published;
	}

	public OffsetDateTime getPublishedAt() {
		return this.publishedAt;
	}

	public void setPublishedAt(OffsetDateTime publishedAt) {
		this.publishedAt = publishedAt;
	}

	public LocalTime getPublishedLocalTime() {
		return this.publishedLocalTime;
	}

	public void setPublishedLocalTime(LocalTime publishedLocalTime) {
		this.publishedLocalTime = publishedLocalTime;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public String getContent() {
		return this.content;
	}

	public void setContent(String content) {
		this.content = content;
	}

	public String getContentSha256() {
		return this.contentSha256;
	}

	public void setContentSha256(String contentSha256) {
		this.contentSha256 = contentSha256;
	}

}
