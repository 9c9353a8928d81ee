package dev.heapgrader.engine.compile;

import dev.heapgrader.engine.syntax.ast.BinaryOperator;
import dev.heapgrader.engine.syntax.ast.CompareOperator;
import dev.heapgrader.engine.syntax.ast.Pattern;

import java.util.List;

/**
 * Bytecode for sequence and mapping patterns (Python/compile.c {@code compiler_pattern_sequence},
 * {@code compiler_pattern_mapping} and their helpers): a type check (MATCH_SEQUENCE, MATCH_MAPPING) and a length
 * check (GET_LEN) with the subject kept on top, then the items unpacked or subscripted one by one, or the values
 * of the keys fetched by MATCH_KEYS. {@code **rest} is a copy of the subject with the matched keys deleted.
 */
final class SequencePatternCompiler {
    private final MatchCompiler match;
    private final Compiler c;

    SequencePatternCompiler(MatchCompiler match, Compiler c) {
        this.match = match;
        this.c = c;
    }

    void sequence(Pattern.MatchSequence p, MatchCompiler.Context pc) {
        List<Pattern> patterns = p.patterns();
        int size = patterns.size();
        int star = -1;
        boolean onlyWildcard = true;
        boolean starWildcard = false;
        for (int i = 0; i < size; i++) {
            Pattern sub = patterns.get(i);
            if (sub instanceof Pattern.MatchStar s) {
                starWildcard = s.name() == null;
                onlyWildcard &= starWildcard;
                star = i;
                continue;
            }
            onlyWildcard &= Pattern.isWildcard(sub);
        }
        // the subject stays on top during the type and length checks
        pc.onTop++;
        c.emit(Opcode.MATCH_SEQUENCE, 1);
        match.jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        if (star < 0) {
            lengthCheck(size, CompareOperator.EQ, pc);
        } else if (size > 1) {
            lengthCheck(size - 1, CompareOperator.GT_E, pc);
        }
        pc.onTop--;
        if (onlyWildcard) {
            // [], [_], [_, *_] and the like: nothing to extract
            c.emit(Opcode.POP_TOP, -1);
        } else if (starWildcard) {
            subscripts(p, star, pc);
        } else {
            unpack(p, star, pc);
        }
    }

    private void lengthCheck(int size, CompareOperator op, MatchCompiler.Context pc) {
        c.emit(Opcode.GET_LEN, 1);
        match.loadInt(size);
        c.emit(Opcode.COMPARE_OP, op.ordinal(), -1);
        match.jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
    }

    /** {@code pattern_helper_sequence_unpack}. */
    private void unpack(Pattern.MatchSequence p, int star, MatchCompiler.Context pc) {
        int size = p.patterns().size();
        if (star < 0) {
            c.emit(Opcode.UNPACK_SEQUENCE, size, size - 1);
        } else {
            c.emit(Opcode.UNPACK_EX, star | (size - 1 - star) << 8, size - 1);
        }
        pc.onTop += size;
        for (Pattern sub : p.patterns()) {
            pc.onTop--;
            match.subpattern(sub, pc);
        }
    }

    /** {@code pattern_helper_sequence_subscr}: with a {@code *_}, only the needed items are indexed. */
    private void subscripts(Pattern.MatchSequence p, int star, MatchCompiler.Context pc) {
        int size = p.patterns().size();
        pc.onTop++;
        for (int i = 0; i < size; i++) {
            Pattern sub = p.patterns().get(i);
            if (Pattern.isWildcard(sub) || i == star) {
                continue;
            }
            c.emit(Opcode.COPY, 1, 1);
            if (i < star) {
                match.loadInt(i);
            } else {
                // the subject may not support negative indexing: a nonnegative index from the length
                c.emit(Opcode.GET_LEN, 1);
                match.loadInt(size - i);
                c.emit(Opcode.BINARY_OP, BinaryOperator.SUB.ordinal(), -1);
            }
            c.emit(Opcode.BINARY_SUBSCR, -1);
            match.subpattern(sub, pc);
        }
        pc.onTop--;
        c.emit(Opcode.POP_TOP, -1);
    }

    /** {@code compiler_pattern_mapping}. */
    void mapping(Pattern.MatchMapping p, MatchCompiler.Context pc) {
        int size = p.keys().size();
        pc.onTop++;
        c.emit(Opcode.MATCH_MAPPING, 1);
        match.jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        if (size == 0 && p.rest() == null) {
            // "{}" matches any mapping
            pc.onTop--;
            c.emit(Opcode.POP_TOP, -1);
            return;
        }
        if (size > 0) {
            lengthCheck(size, CompareOperator.GT_E, pc);
        }
        for (var key : p.keys()) {
            c.exprs.expr(key);
        }
        c.unit().currentNode = p;
        c.emit(Opcode.BUILD_TUPLE, size, 1 - size);
        c.emit(Opcode.MATCH_KEYS, 1);
        // a tuple of keys and a tuple of values (or None) now sit on the subject
        pc.onTop += 2;
        c.emit(Opcode.COPY, 1, 1);
        c.loadNone();
        c.emit(Opcode.IS_OP, 1, -1);
        match.jumpToFailPop(pc, Opcode.POP_JUMP_IF_FALSE);
        c.emit(Opcode.UNPACK_SEQUENCE, size, size - 1);
        pc.onTop += size - 1;
        for (Pattern sub : p.patterns()) {
            pc.onTop--;
            match.subpattern(sub, pc);
        }
        c.unit().currentNode = p;
        pc.onTop -= 2;
        if (p.rest() != null) {
            // rest = dict(subject); for key in keys: del rest[key]
            c.emit(Opcode.BUILD_MAP, 0, 1);
            c.emit(Opcode.SWAP, 3, 0);
            c.emit(Opcode.DICT_UPDATE, 2, -1);
            c.emit(Opcode.UNPACK_SEQUENCE, size, size - 1);
            for (int left = size; left > 0; left--) {
                c.emit(Opcode.COPY, 1 + left, 1);
                c.emit(Opcode.SWAP, 2, 0);
                c.emit(Opcode.DELETE_SUBSCR, -2);
            }
            match.storeName(p.rest(), pc);
        } else {
            c.emit(Opcode.POP_TOP, -1);
            c.emit(Opcode.POP_TOP, -1);
        }
    }
}
