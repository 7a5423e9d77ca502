#[allow(dead_code)]
#[path = "../examples/resp_server/protocol.rs"]
pub mod protocol;
#[allow(dead_code)]
#[path = "../examples/resp_server/reply.rs"]
pub mod reply;
#[allow(dead_code)]
#[path = "../examples/resp_server/keyspace.rs"]
pub mod keyspace;
#[allow(dead_code)]
#[path = "../examples/resp_server/commands.rs"]
pub mod commands;
