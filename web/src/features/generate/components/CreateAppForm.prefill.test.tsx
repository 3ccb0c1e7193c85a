import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { CreateAppForm } from './CreateAppForm';

describe('CreateAppForm ?prompt=', () => {
  it('starts with the prompt from the link (the library’s "Use this")', () => {
    const router = createMemoryRouter([{ path: '/', element: <CreateAppForm /> }], { initialEntries: ['/?prompt=A+tip+calculator'] });
    render(<RouterProvider router={router} />);
    expect(screen.getByTestId<HTMLTextAreaElement>('prompt-input').value).toBe('A tip calculator');
    expect(screen.getByTestId<HTMLButtonElement>('prompt-submit').disabled).toBe(false);
  });
});
