//! Labelled `continue` and `break` of an outer loop, taken after a suspension point in an
//! inner one.

/// Yields the position of every cell it looks at, row by row (a zero ends its row); returns
/// where it found `target`.
#[coro_core::coroutine(yield = (usize, usize))]
pub fn find(grid: Vec<Vec<u8>>, target: u8) -> Option<(usize, usize)> {
    let mut found = None;
    'rows: for (row, cells) in grid.into_iter().enumerate() {
        for (column, cell) in cells.into_iter().enumerate() {
            if cell == 0 {
                continue 'rows;
            }
            yield_!((row, column));
            if cell == target {
                found = Some((row, column));
                break 'rows;
            }
        }
    }
    found
}
