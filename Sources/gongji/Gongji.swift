import ArgumentParser

@main
struct Gongji: ParsableCommand {
    func run() throws {}
}
