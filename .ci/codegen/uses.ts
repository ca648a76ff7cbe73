// Compiles only if the generated types say what the API answers: a typed document and the
// shape of its result, as an analyst app would use them.
import type { ResultOf } from '@graphql-typed-document-node/core';
import { ComputeCommitmentsDocument } from './generated/graphql';

type Answer = ResultOf<typeof ComputeCommitmentsDocument>;

export function amounts(answer: Answer): string[] {
  return answer.commitments.nodes.map((node) => node.quantity?.text ?? 'not stated');
}

export function total(answer: Answer): number {
  return answer.commitments.totalCount;
}
