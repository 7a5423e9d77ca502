//! `match` with suspension points in its arms, one of them inside a loop of its own.

/// A command of [`interpret`].
#[derive(Debug, Clone)]
pub enum Command {
    Say(String),
    Repeat(String, u32),
    Quit,
}

/// Yields what the commands say, up to `Quit`; returns how many lines that was.
#[coro_core::coroutine(yield = String)]
pub fn interpret(commands: Vec<Command>) -> u32 {
    let mut said = 0;
    for command in commands {
        match command {
            Command::Say(text) => {
                yield_!(text);
                said += 1;
            }
            Command::Repeat(text, times) => {
                for _ in 0..times {
                    yield_!(text.clone());
                    said += 1;
                }
            }
            Command::Quit => break,
        }
    }
    said
}
