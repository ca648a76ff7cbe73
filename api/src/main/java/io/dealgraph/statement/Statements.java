package io.dealgraph.statement;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** The statements with their speakers: the write side of {@code statement}. Reads for the API go through the compiler, not here. */
public interface Statements extends JpaRepository<Statement, Long> {

	Optional<Statement> findBySlug(String slug);

}
